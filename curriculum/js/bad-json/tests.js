test("readVolume('{\"volume\": 8}') is 8", () => {
  expect(readVolume('{"volume": 8}')).toBe(8);
});
test("readVolume('{\"volume\": 10, \"bass\": 3}') is 10", () => {
  expect(readVolume('{"volume": 10, "bass": 3}')).toBe(10);
});
test("readVolume('{\"volume\": 0}') is 0: zero is a real volume", () => {
  expect(readVolume('{"volume": 0}')).toBe(0);
});
test("readVolume reads any valid JSON, with or without spaces", () => {
  expect(readVolume('{"bass":2,"volume":7}')).toBe(7);
  expect(readVolume('{ "volume" : 11 }')).toBe(11);
});
test("readVolume('{\"volume\": 3') is 5: the } at the end is missing", () => {
  expect(readVolume('{"volume": 3')).toBe(5);
});
test("readVolume('{volume: 8}') is 5: JSON names need double quotes", () => {
  expect(readVolume("{volume: 8}")).toBe(5);
});
test("readVolume(\"{'volume': 8}\") is 5: JSON does not allow single quotes", () => {
  expect(readVolume("{'volume': 8}")).toBe(5);
});
test("readVolume('') is 5: empty text is not JSON", () => {
  expect(readVolume("")).toBe(5);
});
test("readVolume('loud') is 5", () => {
  expect(readVolume("loud")).toBe(5);
});
test("readVolume('{\"volume\": 8,}') is 5: JSON allows no comma before the }", () => {
  expect(readVolume('{"volume": 8,}')).toBe(5);
});
