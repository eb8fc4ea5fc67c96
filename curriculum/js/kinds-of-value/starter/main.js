const title = "The Odyssey";
const pages = "324";        // Fix: this should be a number
const isCheckedOut = "true"; // Fix: this should be a boolean

console.log(typeof title, typeof pages, typeof isCheckedOut);
