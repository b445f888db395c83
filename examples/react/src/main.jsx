import { createRoot } from "react-dom/client";
// A side-effect import: registers <dispute-calculator> before React renders it, so React 19 sets
// `input` as a property.
import "dispute-calc/element";
import { App } from "./App.jsx";

createRoot(document.getElementById("root")).render(<App />);
