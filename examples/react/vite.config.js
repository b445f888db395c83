import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Nothing for dispute-calc: Vite finds the .wasm through the package's `new URL(..., import.meta.url)`.
export default defineConfig({ plugins: [react()] });
