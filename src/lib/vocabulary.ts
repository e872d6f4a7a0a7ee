/**
 * Closed sets used across the content model. Each is defined once here; schemas build their
 * enums from these lists and pages take their labels from them.
 */

/** Lĩnh vực (fields). Four are common to every place; Thạch Hà counts a fifth. */
export const FIELDS = [
  { id: 'kinh-te', name: 'Kinh tế', short: 'Kinh tế' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa – xã hội', short: 'Văn hóa – xã hội' },
  { id: 'quoc-phong-an-ninh', name: 'Quốc phòng – an ninh', short: 'Quốc phòng – an ninh' },
  {
    id: 'xay-dung-he-thong-chinh-tri',
    name: 'Xây dựng Đảng, hệ thống chính trị',
    short: 'Hệ thống chính trị',
  },
  {
    id: 'nong-thon-moi-do-thi-van-minh',
    name: 'Nông thôn mới, đô thị văn minh',
    short: 'Nông thôn mới',
  },
] as const;

export type FieldId = (typeof FIELDS)[number]['id'];
export const FIELD_IDS = FIELDS.map((f) => f.id) as [FieldId, ...FieldId[]];

/** Loại mô hình: cá nhân, tập thể, or not stated by the source ("Chưa rõ", always listed last). */
export const MODEL_KINDS = [
  { id: 'ca-nhan', name: 'Cá nhân' },
  { id: 'tap-the', name: 'Tập thể' },
  { id: 'khong-ro', name: 'Chưa rõ' },
] as const;
export type ModelKind = (typeof MODEL_KINDS)[number]['id'];
export const MODEL_KIND_IDS = MODEL_KINDS.map((k) => k.id) as [ModelKind, ...ModelKind[]];

/** Cấp hành chính, as the sources name them. */
export const PLACE_LEVELS = [
  'quốc gia',
  'tỉnh',
  'thành phố',
  'huyện',
  'thị xã',
  'quận',
  'xã',
  'phường',
  'thị trấn',
  'thôn',
  'ấp',
  'khóm',
  'khu dân cư',
] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Who leads a model. */
export const LEAD_TYPES = [
  'cá nhân',
  'hộ gia đình',
  'chi bộ',
  'chi hội',
  'đoàn thể',
  'thôn, ấp, khu dân cư',
  'cơ quan, đơn vị',
  'chính quyền địa phương',
  'nhóm hội viên',
] as const;
export type LeadType = (typeof LEAD_TYPES)[number];

/** How exact a figure is, as the source words it. */
export const QUALIFIERS = [
  { id: 'exact', name: '', prefix: '' },
  { id: 'moreThan', name: 'hơn', prefix: 'hơn ' },
  { id: 'atLeast', name: 'từ … trở lên', prefix: 'từ ' },
  { id: 'estimate', name: 'ước tính', prefix: 'khoảng ' },
] as const;
export type Qualifier = (typeof QUALIFIERS)[number]['id'];
export const QUALIFIER_IDS = QUALIFIERS.map((q) => q.id) as [Qualifier, ...Qualifier[]];

/** Chart a dataset page draws. */
export const CHART_KINDS = ['bar', 'doughnut', 'progress', 'none'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
