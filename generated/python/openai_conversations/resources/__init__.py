# File generated from conversations.yaml by sdkgen. Do not edit.
"""The API's resources; the client imports each one lazily, on first use."""
