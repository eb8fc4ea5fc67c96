// A list of large name buttons to choose who is at the keyboard: the
// learners on a terminal, the instructor accounts on the instructor's
// machine. Names are set as text, never HTML (they travel on sticks).

/** One `<li><button class="profile">` per item, to swap into a list whole
 *  (two refreshes at once must not interleave). */
export function choiceButtons<T>(items: T[], label: (item: T) => string, id: (item: T) => string, onChoose: (item: T) => void): HTMLLIElement[] {
  return items.map((item) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "profile";
    b.textContent = label(item);
    b.dataset.id = id(item);
    b.onclick = () => onChoose(item);
    li.appendChild(b);
    return li;
  });
}
