test("saveScore('Ana', 12) is the text {\"name\":\"Ana\",\"points\":12}", () => {
  expect(saveScore("Ana", 12)).toBe('{"name":"Ana","points":12}');
});
test("saveScore('Marcus', 0) is the text {\"name\":\"Marcus\",\"points\":0}", () => {
  expect(saveScore("Marcus", 0)).toBe('{"name":"Marcus","points":0}');
});
test("saveScore writes proper JSON even when the name has double quotes in it", () => {
  const text = saveScore('Sam "Ace" Lee', 9);
  let readBack = "text that JSON.parse cannot read";
  try {
    readBack = JSON.parse(text);
  } catch (error) {
    // the text is not JSON: readBack keeps the words above
  }
  expect(readBack).toEqual({ name: 'Sam "Ace" Lee', points: 9 });
});
test("saveScore gives back a string", () => {
  expect(typeof saveScore("Lee", 5)).toBe("string");
});
test("loadPoints('{\"name\":\"Ana\",\"points\":12}') is the number 12", () => {
  expect(loadPoints('{"name":"Ana","points":12}')).toBe(12);
});
test("loadPoints('{\"name\":\"Jo\",\"points\":100}') is the number 100", () => {
  expect(loadPoints('{"name":"Jo","points":100}')).toBe(100);
});
test("loadPoints('{\"points\":7,\"name\":\"Sam\"}') is 7, whatever the order", () => {
  expect(loadPoints('{"points":7,"name":"Sam"}')).toBe(7);
});
test("loadPoints reads JSON with spaces in it: '{\"name\": \"Player 2\", \"points\": 55}' gives 55", () => {
  expect(loadPoints('{"name": "Player 2", "points": 55}')).toBe(55);
});
test("loadPoints reads back what saveScore wrote: 42 for Rosa", () => {
  expect(loadPoints(saveScore("Rosa", 42))).toBe(42);
});
