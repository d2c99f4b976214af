"""The planning core: vocabulary, time arithmetic and (later) the rules.

Standard library only: no Qt, no SQL. Everything here works on plain values so
that it can be tested without files or a display.
"""
