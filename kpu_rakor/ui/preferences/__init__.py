"""The Pengaturan page: office profile, signatories, approvers, backups, personal data, audit log."""
