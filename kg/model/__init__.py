"""The plain data passed between stages: articles, evidence, facts, and the contract's classes.

Every stage may import these; they import nothing of ``kg`` but each other.
"""
