// File generated from conversations.yaml by sdkgen. Do not edit.

export const VERSION = '0.1.0';
