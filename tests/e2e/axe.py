"""axe-core in the browser tests: load it from npm's copy and report violations.

``make browser`` runs ``npm ci --prefix tests/e2e`` (package.json pins the exact
axe-core version, package-lock.json its checksum).
"""

import shutil
from pathlib import Path

import pytest

AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"

# WCAG 2.1 level AA, as Norwegian law requires, and everything below it.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "),
      summary: n.failureSummary,
    })),
  }));
}"""


def require_axe():
    """Skip, saying how to fix it, when axe-core has not been installed."""
    if AXE_JS.exists():
        return
    if not shutil.which("npm"):
        pytest.skip(
            "npm not found, so axe-core cannot be installed: install Node.js and "
            "npm (`sudo apt-get install -y npm`), then run `make browser`"
        )
    pytest.skip(
        f"axe-core missing ({AXE_JS}): run `make browser` "
        "(or `npm ci --prefix tests/e2e --no-audit --no-fund`)"
    )


def axe_violations(page):
    """Run axe's WCAG 2.0/2.1 A and AA rules on the page as it is now.

    The page's browser context must be made with ``bypass_csp=True``: the
    site's Content-Security-Policy (script-src 'self') would otherwise block
    the injected script.
    """
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def format_violations(where, violations):
    lines = [f"{where}: {len(violations)} axe violation(s)"]
    for violation in violations:
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            lines.append(f"      {node['target']}")
            for detail in (node["summary"] or "").splitlines():
                lines.append(f"        {detail}")
    return "\n".join(lines)
