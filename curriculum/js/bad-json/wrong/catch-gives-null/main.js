// returns null from catch instead of the usual volume, 5
function readVolume(text) {
  try {
    const settings = JSON.parse(text);
    return settings.volume;
  } catch (error) {
    return null;
  }
}
