// checks only for undefined, so null is not replaced
function pageSize(setting) {
  return setting === undefined ? 10 : setting;
}

function displayName(nickname, fullName) {
  return nickname === undefined ? fullName : nickname;
}
