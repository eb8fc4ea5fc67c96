// checks for null and undefined with if instead of using ??
function pageSize(setting) {
  if (setting === null || setting === undefined) {
    return 10;
  }
  return setting;
}

function displayName(nickname, fullName) {
  if (nickname === null || nickname === undefined) {
    return fullName;
  }
  return nickname;
}
