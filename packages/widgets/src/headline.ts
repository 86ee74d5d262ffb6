/** What a card widget's props start with: its campaign's title and body as the user reads them, and its close button. */
export interface Headline {
  title: string;
  body?: string;
  /** BCP 47 tag of the UI strings ("en", "zh-CN"); also sets number formatting and text direction */
  locale: string;
  /** the user closes the widget */
  onDismiss(): void;
}
