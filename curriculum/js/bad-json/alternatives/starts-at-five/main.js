// starts volume at 5 and changes it only when the parse works, with a catch that has no (error)
function readVolume(text) {
  let volume = 5;
  try {
    volume = JSON.parse(text).volume;
  } catch {
    // broken text: keep the usual volume
  }
  return volume;
}

console.log(readVolume('{"volume": 8}'));
console.log(readVolume('{"volume": 8'));
