// Each photo's alt text, by its file name (null when it has no alt at all).
function altTexts() {
  return {
    "boat.png": attr("#gallery img[src='boat.png']", "alt"),
    "sunflowers.png": attr("#gallery img[src='sunflowers.png']", "alt"),
    "border.png": attr("#gallery img[src='border.png']", "alt"),
    "dog.png": attr("#gallery img[src='dog.png']", "alt"),
  };
}

test("the boat photo's alt text is its caption: A red boat on a grey sea", () => {
  expect(altTexts()["boat.png"]).toBe("A red boat on a grey sea");
});
test("every photo with a caption gets its own caption as alt text", () => {
  const alts = altTexts();
  expect({ "sunflowers.png": alts["sunflowers.png"], "dog.png": alts["dog.png"] }).toEqual({
    "sunflowers.png": "Sunflowers by a brick wall",
    "dog.png": "A dog asleep in the sun",
  });
});
test("the border, which has no caption, gets an empty alt (not missing, and not the word undefined)", () => {
  expect(altTexts()["border.png"]).toBe("");
});
test("the Print button is turned on: it is no longer disabled", () => {
  expect(disabled("#print")).toBe(false);
});
test("your script runs without an error", () => {
  expect(page.errors()).toEqual([]);
});
