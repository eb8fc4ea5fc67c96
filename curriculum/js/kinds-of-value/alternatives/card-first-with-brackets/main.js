// puts hasLibraryCard first in the && and wraps the ! in brackets
const title = "The Odyssey";
const pages = 324;
const isCheckedOut = true;
const hasLibraryCard = true;

const isAvailable = !(isCheckedOut);
const canBorrow = hasLibraryCard && isAvailable;

console.log(typeof title, typeof pages, typeof isCheckedOut);
console.log(isAvailable, canBorrow);
