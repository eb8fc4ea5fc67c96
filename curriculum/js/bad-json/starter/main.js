function readVolume(text) {
  // Your code here: catch the error when the text is broken.
  const settings = JSON.parse(text);
  return settings.volume;
}

console.log(readVolume('{"volume": 8}'));
console.log(readVolume('{"volume": 8'));
