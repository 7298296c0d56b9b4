"""Checks: one module per family, each rule registered with @rule (see registry.py)."""

from .registry import DocumentContext, Issue, ParagraphContext, Rule, all_rules, rule

__all__ = ["DocumentContext", "Issue", "ParagraphContext", "Rule", "all_rules", "rule"]
