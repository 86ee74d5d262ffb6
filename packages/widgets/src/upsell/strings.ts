/** The upsell card's UI strings, in the kit's table (i18n/strings.ts). */
export const en = {
  dismiss: 'Not interested',
  next: 'Offer dismissed. Now showing: {title}',
};

export const zh: typeof en = {
  dismiss: '不感兴趣',
  next: '已关闭该推荐。现在显示：{title}',
};
