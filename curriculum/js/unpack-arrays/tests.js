test("podium(['Ana', 'Ben', 'Cal', 'Dee']) is 'Gold: Ana, Silver: Ben, Bronze: Cal'", () => {
  expect(podium(["Ana", "Ben", "Cal", "Dee"])).toBe("Gold: Ana, Silver: Ben, Bronze: Cal");
});
test("podium(['Zed', 'Yan', 'Xia']) is 'Gold: Zed, Silver: Yan, Bronze: Xia'", () => {
  expect(podium(["Zed", "Yan", "Xia"])).toBe("Gold: Zed, Silver: Yan, Bronze: Xia");
});
test("podium uses only the first three of six finishers", () => {
  expect(podium(["Mo", "Li", "Jo", "Al", "Bo", "Cy"])).toBe("Gold: Mo, Silver: Li, Bronze: Jo");
});
test("swap([1, 2]) is [2, 1]", () => {
  expect(swap([1, 2])).toEqual([2, 1]);
});
test("swap(['left', 'right']) is ['right', 'left']", () => {
  expect(swap(["left", "right"])).toEqual(["right", "left"]);
});
test("swap([7, 3]) is [3, 7]", () => {
  expect(swap([7, 3])).toEqual([3, 7]);
});
test("swap works for any pair", () => {
  expect(swap(["x", 9])).toEqual([9, "x"]);
  expect(swap([true, false])).toEqual([false, true]);
});
test("swap makes a new array and leaves the pair it was given as it was", () => {
  const pair = [1, 2];
  const swapped = swap(pair);
  expect(pair).toEqual([1, 2]);
  const what = swapped === pair ? "the same array it was given" : "a new array";
  expect(`swap gave back ${what}`).toBe("swap gave back a new array");
});
