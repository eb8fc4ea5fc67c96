const box = document.querySelector("#job");
const jobs = document.querySelector("#jobs");

// When a key goes down in the box:
// - Enter adds the job to the end of the list and empties the box
//   (but an empty box adds nothing)
// - Escape empties the box and adds nothing
