/** The wall's labels (one module, so the component stays small). */
export { default as TITLE } from '@salesforce/label/c.Recognition_Wall_Title';
export { default as EMPTY } from '@salesforce/label/c.Recognition_Wall_Empty';
export { default as WORKS_COUNCIL } from '@salesforce/label/c.Recognition_Wall_Works_Council';
export { default as LINE } from '@salesforce/label/c.Recognition_Wall_Line';
export { default as WITHDRAW } from '@salesforce/label/c.Recognition_Withdraw';
export { default as WITHDRAW_ARIA } from '@salesforce/label/c.Recognition_Withdraw_Aria';
export { default as WITHDRAWN } from '@salesforce/label/c.Recognition_Withdrawn';
export { default as POINTS } from '@salesforce/label/c.Recognition_Points_Text';
export { default as VALUE } from '@salesforce/label/c.Recognition_Value_Text';
export { default as ON_RECORD } from '@salesforce/label/c.Recognition_On_Record';
export { default as LOAD_FAILED } from '@salesforce/label/c.Recognition_Load_Failed';
export { default as FAILED } from '@salesforce/label/c.Recognition_Failed';
