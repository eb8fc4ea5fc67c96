// Add a new job to the end of the list #rota:
// an <li> that says Sweep the yard, with the class new.
