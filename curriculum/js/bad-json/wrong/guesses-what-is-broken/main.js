// guesses whether the text is broken (no } at the end, single quotes) instead of catching the error, so other broken text still stops the program
function readVolume(text) {
  if (!text.endsWith("}") || text.includes("'") || !text.includes('"')) {
    return 5;
  }
  const settings = JSON.parse(text);
  return settings.volume;
}

console.log(readVolume('{"volume": 8}'));
console.log(readVolume('{"volume": 8'));
