"""Exchange with other programs: Word (.docx) and Akoma Ntoso export and import."""
