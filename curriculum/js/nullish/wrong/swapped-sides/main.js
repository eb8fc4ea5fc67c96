// puts the full name on the left of ??, so the nickname is never used
function pageSize(setting) {
  return setting ?? 10;
}

function displayName(nickname, fullName) {
  return fullName ?? nickname;
}
