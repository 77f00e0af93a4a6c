import { describe, expect, it } from 'vitest';
import { translateFrameworkError } from '../src/framework-text';

describe('translateFrameworkError', () => {
  it('gives each of commander’s errors its Vietnamese, before the English', () => {
    expect(translateFrameworkError("error: missing required argument 'files'\n")).toBe(
      "lỗi: thiếu tham số bắt buộc 'files' / error: missing required argument 'files'\n",
    );
    expect(translateFrameworkError("error: required option '--store <store>' not specified\n")).toBe(
      "lỗi: chưa có tùy chọn bắt buộc '--store <store>' / error: required option '--store <store>' not specified\n",
    );
    expect(translateFrameworkError("error: option '--mode <mode>' argument 'x' is invalid. Allowed choices are a, b.\n")).toBe(
      "lỗi: giá trị 'x' của tùy chọn '--mode <mode>' không hợp lệ. Allowed choices are a, b. / error: option '--mode <mode>' argument 'x' is invalid. Allowed choices are a, b.\n",
    );
    expect(translateFrameworkError("error: too many arguments. Expected 1 argument but got 2.\n")).toBe(
      'lỗi: thừa tham số: cần 1, nhận được 2 / error: too many arguments. Expected 1 argument but got 2.\n',
    );
    expect(translateFrameworkError("error: unknown option '--stor'\n(Did you mean one of --store, --strict?)\n")).toBe(
      "lỗi: không có tùy chọn '--stor' / error: unknown option '--stor'\n(Có phải ý bạn là một trong --store, --strict? / Did you mean one of --store, --strict?)\n",
    );
  });
  it('labels a message it does not know in both languages and keeps its text', () => {
    expect(translateFrameworkError('error: something new\n')).toBe('lỗi / error: something new\n');
  });
});
