// leaves the quotes around 324, so pages is still text
const title = "The Odyssey";
const pages = "324";
const isCheckedOut = true;
const hasLibraryCard = true;

const isAvailable = !isCheckedOut;
const canBorrow = isAvailable && hasLibraryCard;

console.log(typeof title, typeof pages, typeof isCheckedOut);
console.log(isAvailable, canBorrow);
