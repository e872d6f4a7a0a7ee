/**
 * Vietnamese for every phrase Decap CMS's own `vi` locale leaves in English, and a few it words awkwardly.
 * Merged over it in src/admin/main.ts; src/tests/cms.browser.test.ts fails if any English phrase is left.
 */
import { formatBytes, LIMITS } from '../lib/limits.ts';

export const VI_PHRASES = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      // Decap's "＋ …": the full-width plus is missing from many fonts (an empty box on the button).
      newButton: 'Thêm %{collectionLabel} mới',
    },
    entries: { unpublishedHeader: 'Mục chưa xuất bản' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        // The words of the schemas' `text` (src/schemas/common.ts), as `npm run check:content` says them.
        required: '%{fieldLabel}: không được để trống',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nToàn bộ nội dung đang có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn đồng thời',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để cùng trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đã xử lý',
      unresolve: 'Chưa xử lý',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang “Đang duyệt” để gửi duyệt.',
      statusInfoTooltipInReview: 'Mục đang được duyệt, không cần làm gì thêm. Bạn vẫn có thể sửa trong khi chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu chấm',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn số liệu, biểu đồ, thẻ mô hình…',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ web của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm: %{item}', addType: 'Thêm: %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    // Decap says this before uploading a file over `max_file_size` (src/lib/cms-config.ts), in the checker's words.
    mediaLibrary: {
      fileTooLarge: `Ảnh quá giới hạn ${formatBytes(LIMITS.photoFile)} (size limit): thu nhỏ ảnh (ví dụ cạnh dài 2.000 điểm ảnh, lưu JPEG) rồi tải lên lại.`,
    },
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tùy chọn tài khoản' },
    toast: {
      onFailToPersist: 'Chưa lưu: %{details}',
      onFailToDelete: 'Chưa xóa: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xử lý',
      noteReopened: 'Ghi chú mở lại',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};
