"""Treaty Workbench: build, check, export and negotiate an international AI treaty."""
__version__ = "0.1.0"
