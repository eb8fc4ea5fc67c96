test("Ana the cook on nights gets 'Ana - cook (night shift)'", () => {
  expect(badge({ name: "Ana", job: "cook", shift: "night" })).toBe("Ana - cook (night shift)");
});
test("Ben the clerk with no shift gets 'Ben - clerk (day shift)'", () => {
  expect(badge({ name: "Ben", job: "clerk" })).toBe("Ben - clerk (day shift)");
});
test("Rosa the tutor on the late shift gets 'Rosa - tutor (late shift)'", () => {
  expect(badge({ name: "Rosa", job: "tutor", shift: "late" })).toBe("Rosa - tutor (late shift)");
});
test("the order of the properties in the object does not matter", () => {
  expect(badge({ shift: "early", job: "baker", name: "Lee" })).toBe("Lee - baker (early shift)");
});
test("Cal the driver with no shift gets 'Cal - driver (day shift)'", () => {
  expect(badge({ job: "driver", name: "Cal" })).toBe("Cal - driver (day shift)");
});
test("badge leaves the worker object as it was: no shift is written into it", () => {
  const worker = { name: "Dee", job: "nurse" };
  expect(badge(worker)).toBe("Dee - nurse (day shift)");
  expect(worker).toEqual({ name: "Dee", job: "nurse" });
});
