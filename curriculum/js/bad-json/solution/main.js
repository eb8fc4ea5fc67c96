function readVolume(text) {
  try {
    const settings = JSON.parse(text);
    return settings.volume;
  } catch (error) {
    return 5;
  }
}

console.log(readVolume('{"volume": 8}'));
console.log(readVolume('{"volume": 8'));
