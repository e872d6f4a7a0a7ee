/**
 * Vietnamese phrases for what Decap CMS's own `vi` locale leaves in English or words awkwardly. Merged
 * over it in src/admin/main.ts; src/tests/cms.browser.test.ts fails if an English phrase shows.
 */
export const VI_PHRASES = {
  editor: {
    editorControlPane: {
      widget: {
        // The words of the schemas' `text` (src/schemas/common.ts), as `npm run check:content` says them.
        required: '%{fieldLabel}: không được để trống',
      },
    },
  },
  ui: {
    toast: {
      onFailToPersist: 'Chưa lưu: %{details}',
      onFailToDelete: 'Chưa xóa: %{details}',
    },
  },
};
