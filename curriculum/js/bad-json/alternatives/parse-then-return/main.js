// keeps only JSON.parse in the try block, and returns after it
function readVolume(text) {
  let settings;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    return 5;
  }
  return settings.volume;
}
