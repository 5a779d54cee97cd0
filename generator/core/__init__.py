"""What every stage uses: diagnostics, the content-addressed cache, progress lines, settings
reading, text for one-line comments, atomic writing and fingerprints. Imports nothing of ours."""
