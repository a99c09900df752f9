import "./styles/base.css";
import "./styles/graph.css";
import "./styles/panel.css";
import "./styles/matrix.css";
import "./styles/query.css";
import "./styles/evidence.css";
import "./styles/time.css";
import "./styles/a11y.css";
import "./styles/welcome.css";
import "./styles/phone.css";
import { startExplorer } from "@views/App.ts";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
void startExplorer(root);
