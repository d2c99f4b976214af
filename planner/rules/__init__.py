"""The planning rules: clashes, venue fit and interpretation staffing (see docs/rules.md)."""

from planner.rules.engine import RuleEngine, check_plan
from planner.rules.findings import Finding

__all__ = ["Finding", "RuleEngine", "check_plan"]
