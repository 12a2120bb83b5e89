"""The audit log: who logged in, exported or changed what, written in the same transaction as the act."""
