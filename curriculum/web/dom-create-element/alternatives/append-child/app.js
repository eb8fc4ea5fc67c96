// uses appendChild, the older name for putting one element at the end, and sets className
const item = document.createElement("li");
item.className = "new";
item.textContent = "Sweep the yard";
document.querySelector("#rota").appendChild(item);
