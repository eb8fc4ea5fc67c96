// uses || instead of ??, so a setting of 0 is replaced by 10
function pageSize(setting) {
  return setting || 10;
}

function displayName(nickname, fullName) {
  return nickname || fullName;
}
