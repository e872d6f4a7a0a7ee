/**
 * Synthetic content for scaling benchmarks: a throwaway copy of the project whose content/models/ holds
 * `count` generated model profiles in realistic Vietnamese (built from templates, varied names, places
 * and activities), valid against the real schemas and integrity checks. Never written into content/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../src/tests/build-helpers.ts';
import { FIELDS } from '../../src/lib/vocabulary.ts';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đào',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quý',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
  'Vân',
  'Yến',
];
const ACTIVITIES = [
  ['trồng rau an toàn trong nhà lưới', 'kinh-te'],
  ['nuôi bò sinh sản theo hướng bán chăn thả', 'kinh-te'],
  ['trồng cam, bưởi theo tiêu chuẩn VietGAP', 'kinh-te'],
  ['vận động người dân hiến đất mở rộng đường thôn', 'nong-thon-moi-do-thi-van-minh'],
  ['thắp sáng đường quê bằng đèn năng lượng mặt trời', 'nong-thon-moi-do-thi-van-minh'],
  ['phân loại rác thải tại nguồn', 'nong-thon-moi-do-thi-van-minh'],
  ['quỹ khuyến học của dòng họ', 'van-hoa-xa-hoi'],
  ['câu lạc bộ gia đình hạnh phúc', 'van-hoa-xa-hoi'],
  ['vận động người dân tham gia bảo hiểm y tế', 'van-hoa-xa-hoi'],
  ['tổ an ninh tự quản khu dân cư', 'quoc-phong-an-ninh'],
  ['camera giám sát an ninh trật tự', 'quoc-phong-an-ninh'],
  ['chi bộ gắn với tổ dân vận thôn', 'xay-dung-he-thong-chinh-tri'],
  ['đảng viên giúp hộ nghèo thoát nghèo', 'xay-dung-he-thong-chinh-tri'],
] as const;
const SENTENCES = [
  'Mô hình bắt đầu từ cuộc họp thôn, khi bà con cùng bàn cách làm và tự nguyện góp công, góp sức.',
  'Cán bộ dân vận xã thường xuyên xuống tận hộ gia đình để lắng nghe ý kiến và tháo gỡ vướng mắc.',
  'Sau một thời gian thực hiện, đời sống vật chất và tinh thần của người dân từng bước được nâng lên.',
  'Chi hội phụ nữ và chi đoàn thanh niên cùng tham gia, phân công người phụ trách từng phần việc cụ thể.',
  'Kết quả được công khai tại nhà văn hóa thôn để mọi người cùng theo dõi và giám sát.',
  'Nhiều hộ lân cận đã đến học hỏi kinh nghiệm và áp dụng cách làm vào sản xuất của gia đình mình.',
  'Ủy ban nhân dân xã đánh giá đây là cách làm phù hợp với điều kiện của địa phương, có thể nhân rộng.',
  'Mặt trận Tổ quốc xã phối hợp với các đoàn thể tổ chức sơ kết, rút kinh nghiệm sau mỗi năm thực hiện.',
  'Người dân được hướng dẫn kỹ thuật, tiếp cận nguồn vốn vay ưu đãi và kết nối đầu ra cho sản phẩm.',
  'Điều quan trọng nhất là cách làm xuất phát từ nhu cầu thực tế và được người dân đồng thuận.',
];

/** Small deterministic generator, so every run benchmarks the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticModel(i: number, places: string[]): { slug: string; text: string } {
  const next = random(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const person = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const [activity, field] = pick(ACTIVITIES);
  const place = pick(places);
  const fieldName = FIELDS.find((f) => f.id === field)?.name.toLowerCase() ?? '';
  const area = 500 + Math.floor(next() * 9500);
  const households = 10 + Math.floor(next() * 290);
  const body = Array.from({ length: 4 }, (_, p) =>
    Array.from({ length: 4 }, () => pick(SENTENCES))
      .join(' ')
      .concat(p === 0 ? ` Gia đình ông ${person} là một trong những hộ đi đầu trong việc ${activity}.` : ''),
  );
  const slug = `mo-hinh-thu-nghiem-${String(i).padStart(5, '0')}`;
  const text = `---
name: Mô hình ${activity} số ${i}
summary: Mô hình ${activity} thuộc lĩnh vực ${fieldName}, do hộ ông ${person} thực hiện.
kind: ca-nhan
fields: [${field}]
place: ${place}
lead: { name: ${person}, type: hộ gia đình }
years: { from: '${2015 + (i % 9)}' }
status: đang thực hiện
facts:
  - { id: dien-tich, label: Diện tích, value: ${area}, unit: m², source: thach-ha-2022 }
  - { id: so-ho, label: Số hộ tham gia, value: ${households}, unit: hộ, source: thach-ha-2022 }
sources:
  - { source: thach-ha-2022, says: 'Dữ liệu thử nghiệm cho phép đo hiệu năng, không phải nội dung thật.' }
---
${body[0]}

## Cách làm

${body[1]}

${body[2]}

## Kết quả

${body[3]} Diện tích thực hiện là <Fact of="${slug}#dien-tich" />, với <Fact of="${slug}#so-ho" /> tham gia.
`;
  return { slug, text };
}

/** A copy of the project with `count` synthetic models added to its content; returns its root. */
export function syntheticProject(count: number): string {
  const root = copyProject();
  const places = (
    JSON.parse(readFileSync(join(root, 'content/places.json'), 'utf8')) as { id: string; level: string; validFrom?: string }[]
  )
    .filter((p) => ['xã', 'thôn', 'thị trấn'].includes(p.level) && !p.validFrom)
    .map((p) => p.id);
  const dir = join(root, 'content/models');
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const { slug, text } = syntheticModel(i, places);
    writeFileSync(join(dir, `${slug}.mdx`), text);
  }
  return root;
}
