/**
 * Reads a JSON file the way a careful person would: JSON.parse keeps the last of two equal keys
 * ("value": 3, "value": 300000 → 300000), turns 1e309 into Infinity and -0 into a negative zero,
 * all silently. jsonc-parser's visitor sees every key and every number as written, with its line.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

export interface ValueProblem {
  /** Path of the value inside the file's JSON, e.g. ["observations", 3, "value"]. */
  path: (string | number)[];
  message: string;
}

/** Why a number as parsed differs from the number typed; undefined when it does not. */
export function numberProblem(value: number, typed: string): string | undefined {
  if (Number.isNaN(value)) return `giá trị ${typed} không phải một số (NaN): ghi một con số`;
  if (!Number.isFinite(value)) return `số ${typed} quá lớn, không biểu diễn được (vô hạn, non-finite): kiểm tra lại con số với nguồn`;
  if (Object.is(value, -0)) return 'số -0 (âm không, negative zero) sẽ hiện thành "-0": ghi 0';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return `số ${typed} vượt quá giới hạn (out of range) 9.007.199.254.740.991, sẽ bị làm tròn: kiểm tra lại đơn vị (ví dụ ghi tỷ đồng thành đồng)`;
  }
  if (value === 0 && /[1-9]/.test(typed.split(/e/i)[0] ?? '')) return `số ${typed} quá nhỏ, sẽ thành 0 (out of range): kiểm tra lại con số`;
  // Pages show at most two decimals (src/lib/format.ts): a third would be shown rounded, a number other than the source's.
  if (Math.round(value * 100) / 100 !== value) {
    return `số ${typed} có hơn hai chữ số thập phân; trang chỉ hiện hai, nên sẽ hiện khác nguồn: ghi đúng như nguồn in (tối đa hai chữ số sau dấu chấm)`;
  }
  return undefined;
}

const SYNTAX: Partial<Record<string, string>> = {
  InvalidSymbol: 'có ký tự không hợp lệ',
  InvalidNumberFormat: 'con số viết sai dạng (số JSON: chữ số, dấu chấm thập phân, không dấu phân cách hàng nghìn)',
  PropertyNameExpected: 'thiếu tên trường trong dấu ngoặc kép (hay thừa dấu phẩy trước dấu })',
  ValueExpected: 'thiếu giá trị (hay thừa dấu phẩy trước dấu ])',
  ColonExpected: 'thiếu dấu hai chấm : sau tên trường',
  CommaExpected: 'thiếu dấu phẩy giữa hai mục',
  CloseBraceExpected: 'thiếu dấu } đóng',
  CloseBracketExpected: 'thiếu dấu ] đóng',
  EndOfFileExpected: 'có nội dung thừa sau khi JSON đã kết thúc',
  InvalidCommentToken: 'JSON không cho phép ghi chú // hay /* */',
  UnexpectedEndOfComment: 'JSON không cho phép ghi chú // hay /* */',
  UnexpectedEndOfString: 'chuỗi chưa đóng dấu ngoặc kép',
  UnexpectedEndOfNumber: 'con số bị cắt cụt',
  InvalidUnicode: 'mã \\u… không hợp lệ',
  InvalidEscapeCharacter: 'ký tự sau dấu \\ không hợp lệ (muốn viết dấu \\ thì viết \\\\)',
  InvalidCharacter: 'có ký tự điều khiển trong chuỗi (xuống dòng viết là \\n)',
};

/** Parses `text` as strict JSON (no comments, no trailing commas), reporting what JSON.parse would hide. */
export function readJson(text: string): { data?: unknown; error?: string; problems: ValueProblem[] } {
  let error: string | undefined;
  const problems: ValueProblem[] = [];
  // Keys seen in each open object, with the line of their first use.
  const objects: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, _offset, _length, startLine, _startCharacter, pathSupplier) => {
        const keys = objects.at(-1);
        if (!keys) return;
        const first = keys.get(property);
        if (first !== undefined) {
          problems.push({
            path: [...pathSupplier(), property],
            message: `trường "${property}" bị lặp (duplicate key) ở dòng ${startLine + 1}, đã có ở dòng ${first + 1}: JSON chỉ giữ giá trị sau cùng; xóa một trong hai dòng`,
          });
        } else {
          keys.set(property, startLine);
        }
      },
      onLiteralValue: (value, offset, length, _startLine, _startCharacter, pathSupplier) => {
        if (typeof value !== 'number') return;
        const typed = text.slice(offset, offset + length);
        const problem = numberProblem(value, typed);
        if (problem) problems.push({ path: pathSupplier(), message: problem });
      },
      onError: (code: ParseErrorCode, _offset, _length, startLine, startCharacter) => {
        const name = printParseErrorCode(code);
        error ??= `JSON sai cú pháp ở dòng ${startLine + 1}, cột ${startCharacter + 1}: ${SYNTAX[name] ?? name}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (error !== undefined) return { error, problems: [] };
  return { data: JSON.parse(text) as unknown, problems };
}
