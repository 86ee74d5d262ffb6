/** Sent with every event as `context.sdkVersion`. */
export const SDK_VERSION = '0.1.0';
