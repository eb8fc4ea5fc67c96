test("onList finds 'Ben' in ['Ana', 'Ben', 'Cal']", () => {
  expect(onList(["Ana", "Ben", "Cal"], "Ben")).toBe(true);
});
test("onList finds 'Cal', the last name", () => {
  expect(onList(["Ana", "Ben", "Cal"], "Cal")).toBe(true);
});
test("onList finds 'Ana', the first name", () => {
  expect(onList(["Ana", "Ben", "Cal"], "Ana")).toBe(true);
});
test("onList looks in the list it is given", () => {
  expect(`onList(["Kim", "Lee"], "Kim") is ${onList(["Kim", "Lee"], "Kim")}`).toBe('onList(["Kim", "Lee"], "Kim") is true');
  expect(`onList(["Kim", "Lee"], "Ana") is ${onList(["Kim", "Lee"], "Ana")}`).toBe('onList(["Kim", "Lee"], "Ana") is false');
});
test("onList gives false for 'Dee', who is not on the list", () => {
  expect(onList(["Ana", "Ben", "Cal"], "Dee")).toBe(false);
});
test("onList gives false for 'ana': capital letters count", () => {
  expect(onList(["Ana", "Ben", "Cal"], "ana")).toBe(false);
});
test("onList gives false for an empty list", () => {
  expect(onList([], "Ana")).toBe(false);
});
test("anyOver([3, 8, 2], 5) is true: 8 is more than 5", () => {
  expect(anyOver([3, 8, 2], 5)).toBe(true);
});
test("anyOver([1, 1, 9], 5) is true: the big one is last", () => {
  expect(anyOver([1, 1, 9], 5)).toBe(true);
});
test("anyOver([9, 1, 1], 5) is true: the big one is first", () => {
  expect(anyOver([9, 1, 1], 5)).toBe(true);
});
test("anyOver([3, 5, 2], 5) is false: 5 is not MORE than 5", () => {
  expect(anyOver([3, 5, 2], 5)).toBe(false);
});
test("anyOver([], 5) is false: an empty list has nothing over", () => {
  expect(anyOver([], 5)).toBe(false);
});
test("allAtLeast([50, 70], 50) is true: 50 counts as at least 50", () => {
  expect(allAtLeast([50, 70], 50)).toBe(true);
});
test("allAtLeast([60, 90, 75], 50) is true", () => {
  expect(allAtLeast([60, 90, 75], 50)).toBe(true);
});
test("allAtLeast([80, 90, 30], 50) is false: the last one is too low", () => {
  expect(allAtLeast([80, 90, 30], 50)).toBe(false);
});
test("allAtLeast([49, 90], 50) is false: the first one is too low", () => {
  expect(allAtLeast([49, 90], 50)).toBe(false);
});
test("allAtLeast([], 50) is true: an empty list has nothing that fails", () => {
  expect(allAtLeast([], 50)).toBe(true);
});
test("anyOver finds a big number in the middle of a long list", () => {
  expect(anyOver([1, 2, 9, 1, 1], 5)).toBe(true);
});
test("anyOver uses the limit it is given", () => {
  expect(`anyOver([3, 8, 2], 10) is ${anyOver([3, 8, 2], 10)}`).toBe("anyOver([3, 8, 2], 10) is false");
  expect(`anyOver([30, 40], 35) is ${anyOver([30, 40], 35)}`).toBe("anyOver([30, 40], 35) is true");
});
test("allAtLeast finds a low number in the middle of a long list", () => {
  expect(allAtLeast([60, 70, 10, 80, 90], 50)).toBe(false);
});
test("allAtLeast uses the min it is given", () => {
  expect(`allAtLeast([60, 70], 65) is ${allAtLeast([60, 70], 65)}`).toBe("allAtLeast([60, 70], 65) is false");
  expect(`allAtLeast([5, 6], 5) is ${allAtLeast([5, 6], 5)}`).toBe("allAtLeast([5, 6], 5) is true");
});
