/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** core-service, as the browser reaches it */
  readonly VITE_HARMONY_CORE_URL?: string;
  /** notification-service, as the browser reaches it */
  readonly VITE_HARMONY_NOTIFICATIONS_URL?: string;
}
