const title = "The Odyssey";
const pages = "324";        // Fix: this should be a number
const isCheckedOut = "true"; // Fix: this should be a boolean
const hasLibraryCard = true;

const isAvailable = null; // Your code here: the opposite of isCheckedOut
const canBorrow = null;   // Your code here: isAvailable and hasLibraryCard

console.log(typeof title, typeof pages, typeof isCheckedOut);
console.log(isAvailable, canBorrow);
